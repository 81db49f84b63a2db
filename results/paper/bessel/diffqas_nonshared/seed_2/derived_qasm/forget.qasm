// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.072690539631) q[0];
rx(pi*-0.154740942827) q[1];
rx(pi*0.037531555095) q[2];
rx(pi*-0.002060444698) q[3];
rx(pi*0.093298771379) q[4];
rx(pi*0.003754251423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.514929024001) q[0];
rx(pi*-0.032662754352) q[1];
rx(pi*0.023025376405) q[2];
rx(pi*0.000108851582) q[3];
rx(pi*0.106518659436) q[4];
rx(pi*2.106998e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.172931814103) q[0];
rx(pi*-0.063919632842) q[1];
rx(pi*0.023550957091) q[2];
rx(pi*-0.000373777026) q[3];
rx(pi*0.096392742723) q[4];
rx(pi*-0.000330116583) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.115586276282) q[0];
rx(pi*0.004303347643) q[1];
rx(pi*0.04216425185) q[2];
rx(pi*0.002385815167) q[3];
rx(pi*0.109139317643) q[4];
rx(pi*-0.003147450776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.114051523289) q[0];
rx(pi*-0.252926022052) q[1];
rx(pi*0.042953712625) q[2];
rx(pi*0.000734125348) q[3];
rx(pi*0.093363193344) q[4];
rx(pi*-0.001101927996) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
