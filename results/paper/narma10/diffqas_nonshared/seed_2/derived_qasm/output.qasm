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
ry(pi*0.030359911972) q[0];
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
ry(pi*0.083410213226) q[0];
ry(pi*0.099119999313) q[1];
ry(pi*0.09049846971) q[2];
ry(pi*0.100166327375) q[3];
ry(pi*0.093056802441) q[4];
ry(pi*-0.000649595013) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078244123756) q[0];
ry(pi*-0.067299485548) q[1];
ry(pi*0.019202001334) q[2];
ry(pi*-0.020324370983) q[3];
ry(pi*0.012256630984) q[4];
ry(pi*0.001665668954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.071606759364) q[0];
ry(pi*0.090692115059) q[1];
ry(pi*-0.07467583372) q[2];
ry(pi*0.031098024417) q[3];
ry(pi*-0.025507237105) q[4];
ry(pi*-0.002465789152) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.079518731919) q[0];
ry(pi*-0.079238106008) q[1];
ry(pi*-0.050954249966) q[2];
ry(pi*0.026800587971) q[3];
ry(pi*0.016846973452) q[4];
ry(pi*-0.000744051727) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.097756560745) q[0];
ry(pi*0.124862251844) q[1];
ry(pi*0.120058105482) q[2];
ry(pi*0.11866197687) q[3];
ry(pi*-0.070910506956) q[4];
ry(pi*-0.005564509464) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
