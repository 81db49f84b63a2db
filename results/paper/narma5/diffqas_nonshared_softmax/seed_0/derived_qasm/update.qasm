// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.004851403919) q[0];
rz(pi*-0.002938529104) q[1];
rz(pi*-0.001442898214) q[2];
rz(pi*-0.002491651231) q[3];
rz(pi*-0.004460102856) q[4];
rz(pi*0.001981774644) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351346153) q[0];
rz(pi*-0.002177909722) q[1];
rz(pi*0.003000947666) q[2];
rz(pi*0.002754058857) q[3];
rz(pi*-0.001978065324) q[4];
rz(pi*-0.004163620174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331889942) q[0];
rz(pi*-0.005086166177) q[1];
rz(pi*-0.003216264043) q[2];
rz(pi*-0.001234341693) q[3];
rz(pi*-0.000503365413) q[4];
rz(pi*-0.001767350875) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462688065) q[0];
rz(pi*0.004399186403) q[1];
rz(pi*0.00199617659) q[2];
rz(pi*0.004390211107) q[3];
rz(pi*0.002852152706) q[4];
rz(pi*0.000738414227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863794435) q[0];
rz(pi*-0.004252911261) q[1];
rz(pi*-6.5505908e-05) q[2];
rz(pi*-0.001300635067) q[3];
rz(pi*-0.002974742744) q[4];
rz(pi*0.001304130055) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
