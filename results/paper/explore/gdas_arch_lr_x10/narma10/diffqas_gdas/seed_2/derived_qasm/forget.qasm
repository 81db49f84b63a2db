// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000601804069) q[0];
rx(pi*-0.001663957701) q[1];
rx(pi*-0.001314821494) q[2];
rx(pi*-0.007771432519) q[3];
rx(pi*0.005728649226) q[4];
rx(pi*0.003641992639) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00103582761) q[0];
rx(pi*0.002463104508) q[1];
rx(pi*0.000895122082) q[2];
rx(pi*-0.001762868564) q[3];
rx(pi*0.003111696633) q[4];
rx(pi*-0.000988529958) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001046657121) q[0];
rx(pi*-0.002521478169) q[1];
rx(pi*0.001448180938) q[2];
rx(pi*-0.000315752286) q[3];
rx(pi*0.001735713226) q[4];
rx(pi*-0.001932730092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00040372221) q[0];
rx(pi*-0.002840197207) q[1];
rx(pi*0.002678467576) q[2];
rx(pi*0.000598536347) q[3];
rx(pi*0.001052242891) q[4];
rx(pi*0.001306673589) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003217333928) q[0];
rx(pi*0.00249294286) q[1];
rx(pi*0.006546687109) q[2];
rx(pi*-0.005215324936) q[3];
rx(pi*-0.00550488464) q[4];
rx(pi*-0.004790026784) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
