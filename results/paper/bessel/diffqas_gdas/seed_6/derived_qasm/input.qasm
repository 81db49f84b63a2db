// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*0.002742611768) q[0];
rz(pi*-0.0011261015) q[1];
rz(pi*-4.4264773e-05) q[2];
rz(pi*0.004439711895) q[3];
rz(pi*-0.002831372804) q[4];
rz(pi*-0.000685989412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006669678539) q[0];
rz(pi*-0.000969806006) q[1];
rz(pi*-0.001346867058) q[2];
rz(pi*-0.001938371223) q[3];
rz(pi*0.002068161863) q[4];
rz(pi*0.004631432993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002502703745) q[0];
rz(pi*0.002294406692) q[1];
rz(pi*0.003225862475) q[2];
rz(pi*-0.001718764781) q[3];
rz(pi*-0.002321293891) q[4];
rz(pi*0.001041806323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005371464127) q[0];
rz(pi*-0.001612634343) q[1];
rz(pi*-0.004400865194) q[2];
rz(pi*0.000288704485) q[3];
rz(pi*0.00321093448) q[4];
rz(pi*0.002238192664) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001565217445) q[0];
rz(pi*-0.000156691829) q[1];
rz(pi*0.002472824484) q[2];
rz(pi*-0.001029779009) q[3];
rz(pi*0.003929837977) q[4];
rz(pi*0.004270155117) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
