// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.159470175295) q[0];
rx(pi*-0.024001540876) q[1];
rx(pi*0.000742240718) q[2];
rx(pi*0.004107676656) q[3];
rx(pi*0.001529182861) q[4];
rx(pi*-0.002096271768) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002582876352) q[0];
rx(pi*-0.02079461765) q[1];
rx(pi*0.001935963315) q[2];
rx(pi*0.004695322239) q[3];
rx(pi*-0.002230333351) q[4];
rx(pi*-0.005406419043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.147854271787) q[0];
rx(pi*-0.01662134005) q[1];
rx(pi*-0.009232876594) q[2];
rx(pi*0.001395001512) q[3];
rx(pi*0.006352758947) q[4];
rx(pi*0.002610487629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.017893839867) q[0];
rx(pi*-0.016686347799) q[1];
rx(pi*0.003393011196) q[2];
rx(pi*-0.002911744624) q[3];
rx(pi*-0.00324357057) q[4];
rx(pi*0.001297987776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.150984130083) q[0];
rx(pi*-0.017663877121) q[1];
rx(pi*-0.005691553947) q[2];
rx(pi*0.00341612771) q[3];
rx(pi*0.002156220166) q[4];
rx(pi*0.000139027154) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
