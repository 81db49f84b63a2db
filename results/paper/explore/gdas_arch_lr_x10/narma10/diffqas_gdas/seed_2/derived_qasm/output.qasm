// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
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
rz(pi*-0.000298356592) q[0];
rz(pi*0.004258412765) q[1];
rz(pi*0.002969429781) q[2];
rz(pi*0.000305106907) q[3];
rz(pi*0.003575352642) q[4];
rz(pi*0.00084819173) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003451655663) q[0];
rz(pi*0.001735961057) q[1];
rz(pi*0.001768472639) q[2];
rz(pi*-0.000200075499) q[3];
rz(pi*0.00100695598) q[4];
rz(pi*-0.001198046826) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001236869737) q[0];
rz(pi*-0.000675216523) q[1];
rz(pi*-0.004723434218) q[2];
rz(pi*-0.00064531651) q[3];
rz(pi*0.005302948199) q[4];
rz(pi*0.002855915239) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005018210538) q[0];
rz(pi*0.000222928803) q[1];
rz(pi*-0.001080597959) q[2];
rz(pi*-0.003182770325) q[3];
rz(pi*0.000702666605) q[4];
rz(pi*0.003481297616) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002828689939) q[0];
rz(pi*0.002585622657) q[1];
rz(pi*-0.001407318976) q[2];
rz(pi*0.000561838384) q[3];
rz(pi*-0.002256568956) q[4];
rz(pi*0.002856861801) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
