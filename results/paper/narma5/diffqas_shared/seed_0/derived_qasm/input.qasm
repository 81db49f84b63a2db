// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.046503494746) q[0];
rz(pi*-0.055728281834) q[1];
rz(pi*-0.107714132268) q[2];
rz(pi*-0.009248636425) q[3];
rz(pi*0.018169885045) q[4];
rz(pi*-0.066947237515) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.031738940436) q[0];
rz(pi*0.01125629049) q[1];
rz(pi*-0.00700036108) q[2];
rz(pi*-0.026583492306) q[3];
rz(pi*-0.010554372345) q[4];
rz(pi*-0.014013187256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.073121391758) q[0];
rz(pi*-0.046723682969) q[1];
rz(pi*0.016109119737) q[2];
rz(pi*-0.048199833888) q[3];
rz(pi*-0.011970827885) q[4];
rz(pi*0.07415771644) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.073079846184) q[0];
rz(pi*0.00387803289) q[1];
rz(pi*-0.014867335614) q[2];
rz(pi*-0.017667330161) q[3];
rz(pi*0.001000370583) q[4];
rz(pi*0.006192761173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.04682960782) q[0];
rz(pi*-0.072611764782) q[1];
rz(pi*-0.007357084904) q[2];
rz(pi*-0.056363351875) q[3];
rz(pi*-0.021060399757) q[4];
rz(pi*-0.002106252174) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
