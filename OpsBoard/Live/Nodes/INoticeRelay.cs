namespace OpsBoard.Live.Nodes;

/// <summary>Carries this node's notices (protocols, clients, deposits) to the other nodes; one node alone needs none.</summary>
public interface INoticeRelay
{
    void Forward(LiveNotice notice);
}
