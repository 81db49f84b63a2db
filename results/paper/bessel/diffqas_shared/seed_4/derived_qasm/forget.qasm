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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.180059514929) q[0];
ry(pi*0.284872979693) q[1];
ry(pi*-0.006122477222) q[2];
ry(pi*-0.02053084191) q[3];
ry(pi*-0.326730181338) q[4];
ry(pi*-0.004299744599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.146446095481) q[0];
ry(pi*-0.074394913731) q[1];
ry(pi*0.27718027044) q[2];
ry(pi*-0.132769286741) q[3];
ry(pi*-0.165784704155) q[4];
ry(pi*0.005247682957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.241578971865) q[0];
ry(pi*0.023354197839) q[1];
ry(pi*-0.065261935769) q[2];
ry(pi*0.29599962347) q[3];
ry(pi*0.093400607602) q[4];
ry(pi*-0.056220240439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.166499103997) q[0];
ry(pi*0.460841590765) q[1];
ry(pi*-0.016248501842) q[2];
ry(pi*0.051955000746) q[3];
ry(pi*0.016801965352) q[4];
ry(pi*-0.016481470583) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.078069555505) q[0];
ry(pi*-0.102738823263) q[1];
ry(pi*0.007273804621) q[2];
ry(pi*0.075489565382) q[3];
ry(pi*0.066532782585) q[4];
ry(pi*-0.003975408442) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
