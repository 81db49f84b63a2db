// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.06274361182) q[0];
ry(pi*0.088022478704) q[1];
ry(pi*0.105236737279) q[2];
ry(pi*-0.10182889977) q[3];
ry(pi*0.208673397174) q[4];
ry(pi*-0.030613038298) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.161331629517) q[0];
ry(pi*-0.178041099166) q[1];
ry(pi*0.34473414259) q[2];
ry(pi*0.307054626151) q[3];
ry(pi*0.0678519103) q[4];
ry(pi*0.035216104365) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.132160726372) q[0];
ry(pi*0.158705858154) q[1];
ry(pi*0.020042827266) q[2];
ry(pi*0.106790633774) q[3];
ry(pi*0.126300718142) q[4];
ry(pi*-0.263641716113) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006106262044) q[0];
ry(pi*0.183280309605) q[1];
ry(pi*-0.100512693857) q[2];
ry(pi*-0.198641442994) q[3];
ry(pi*0.252576771712) q[4];
ry(pi*0.046347344289) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.115665696204) q[0];
ry(pi*0.049997909646) q[1];
ry(pi*0.128874058317) q[2];
ry(pi*0.013462012334) q[3];
ry(pi*0.043392068474) q[4];
ry(pi*-0.000927209223) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
