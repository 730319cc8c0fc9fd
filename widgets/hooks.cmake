# The implicit-signal hooks (copy, regenerate, edit): part of FeedbackKit::Widgets.
# Included by widgets/CMakeLists.txt after the FeedbackKitWidgets target exists.
target_sources(FeedbackKitWidgets PRIVATE
    src/hooks/abstracthook.cpp
    src/hooks/clipboardwatcher.cpp
    src/hooks/copyhook.cpp
    src/hooks/copyhookprivate.cpp
    src/hooks/editdistance.cpp
    src/hooks/edithook.cpp
    src/hooks/edithookprivate.cpp
    src/hooks/hookcounters.cpp
    src/hooks/hookregistry.cpp
    src/hooks/hookslogging.cpp
    src/hooks/regeneratehook.cpp
    src/hooks/textsource.cpp
)

feedbackkit_widgets_forwarding_header(AbstractHook hooks/abstracthook.h)
feedbackkit_widgets_forwarding_header(CopyHook hooks/copyhook.h)
feedbackkit_widgets_forwarding_header(EditDistance hooks/editdistance.h)
feedbackkit_widgets_forwarding_header(EditHook hooks/edithook.h)
feedbackkit_widgets_forwarding_header(HookRegistry hooks/hookregistry.h)
feedbackkit_widgets_forwarding_header(RegenerateHook hooks/regeneratehook.h)
