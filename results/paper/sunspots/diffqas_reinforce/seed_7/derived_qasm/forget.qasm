// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.095339366284) q[0];
ry(pi*0.057275295965) q[1];
ry(pi*0.0536609733) q[2];
ry(pi*0.234911208388) q[3];
ry(pi*0.179783025077) q[4];
ry(pi*-0.159016669707) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.117216651923) q[0];
ry(pi*0.03505458462) q[1];
ry(pi*-0.214196155328) q[2];
ry(pi*0.225177467857) q[3];
ry(pi*-0.214334257958) q[4];
ry(pi*-0.225889989396) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.388629112201) q[0];
ry(pi*0.369559793221) q[1];
ry(pi*0.393816223475) q[2];
ry(pi*-0.391425163974) q[3];
ry(pi*-0.393516947353) q[4];
ry(pi*-0.38943678207) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.109326028453) q[0];
ry(pi*0.232096809968) q[1];
ry(pi*-0.232920948183) q[2];
ry(pi*-0.227877176017) q[3];
ry(pi*-0.221468826919) q[4];
ry(pi*-0.044915063107) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.091697167909) q[0];
ry(pi*0.240019734542) q[1];
ry(pi*0.18200706748) q[2];
ry(pi*0.155212425094) q[3];
ry(pi*0.057552430891) q[4];
ry(pi*0.002825203697) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
