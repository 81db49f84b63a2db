// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.053504979369) q[0];
ry(pi*0.007357144786) q[1];
ry(pi*-0.018257291308) q[2];
ry(pi*0.002322026269) q[3];
ry(pi*0.029674982963) q[4];
ry(pi*-0.034936170959) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.077798117147) q[0];
ry(pi*0.505260853285) q[1];
ry(pi*-0.056268739525) q[2];
ry(pi*-0.340359861772) q[3];
ry(pi*0.025302736973) q[4];
ry(pi*0.358509230162) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005009982295) q[0];
ry(pi*-0.032113538366) q[1];
ry(pi*0.168244103493) q[2];
ry(pi*0.169702671418) q[3];
ry(pi*-0.030967086371) q[4];
ry(pi*-0.016152527012) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.063346779185) q[0];
ry(pi*-0.022924944166) q[1];
ry(pi*-0.159725946907) q[2];
ry(pi*-0.072240136087) q[3];
ry(pi*-0.153143522849) q[4];
ry(pi*-0.300145168841) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022426779101) q[0];
ry(pi*-0.032549890219) q[1];
ry(pi*-0.156026678507) q[2];
ry(pi*-0.082856645366) q[3];
ry(pi*0.030662362698) q[4];
ry(pi*0.002265903547) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
