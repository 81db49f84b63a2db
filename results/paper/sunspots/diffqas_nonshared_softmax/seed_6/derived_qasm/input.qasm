// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.146966157468) q[0];
ry(pi*0.242281665522) q[1];
ry(pi*0.063243780881) q[2];
ry(pi*0.037376872654) q[3];
ry(pi*-0.025857708815) q[4];
ry(pi*0.436207488995) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.135768062323) q[0];
ry(pi*-0.223242323483) q[1];
ry(pi*-0.091368569406) q[2];
ry(pi*0.113031823478) q[3];
ry(pi*-0.240685450313) q[4];
ry(pi*0.014196191265) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.04767611016) q[0];
ry(pi*-0.181919754895) q[1];
ry(pi*-0.125573179673) q[2];
ry(pi*-0.33654706045) q[3];
ry(pi*-0.286792964842) q[4];
ry(pi*0.029341498977) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.029151154885) q[0];
ry(pi*-0.104457336803) q[1];
ry(pi*-0.160718525175) q[2];
ry(pi*-0.512197176006) q[3];
ry(pi*0.150154167236) q[4];
ry(pi*-0.018042653799) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.052091134954) q[0];
ry(pi*0.09442214777) q[1];
ry(pi*-0.07870176066) q[2];
ry(pi*-0.092687886849) q[3];
ry(pi*0.206823497356) q[4];
ry(pi*0.000929223965) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
