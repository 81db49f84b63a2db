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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011912066913) q[0];
ry(pi*0.002434685259) q[1];
ry(pi*0.006643253651) q[2];
ry(pi*-0.016381235185) q[3];
ry(pi*0.010147501771) q[4];
ry(pi*-0.001932670357) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02386582644) q[0];
ry(pi*0.002959043388) q[1];
ry(pi*-0.027845440903) q[2];
ry(pi*-0.026818519589) q[3];
ry(pi*0.00903669779) q[4];
ry(pi*0.012068779438) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006993666665) q[0];
ry(pi*-0.007318347296) q[1];
ry(pi*0.069692627308) q[2];
ry(pi*0.005197801232) q[3];
ry(pi*-0.006882214816) q[4];
ry(pi*0.166886318805) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.034845471739) q[0];
ry(pi*-0.008249739046) q[1];
ry(pi*0.01246631542) q[2];
ry(pi*-0.019161194511) q[3];
ry(pi*-0.013375072089) q[4];
ry(pi*0.006525913729) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.133584441359) q[0];
ry(pi*-0.182977618389) q[1];
ry(pi*0.049892027484) q[2];
ry(pi*0.065516815661) q[3];
ry(pi*0.072708947939) q[4];
ry(pi*0.000414458784) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
