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
rz(pi*0.025830075008) q[0];
rz(pi*-0.065317359908) q[1];
rz(pi*-0.033268108326) q[2];
rz(pi*0.009303645535) q[3];
rz(pi*0.045220714072) q[4];
rz(pi*0.008862877776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.093051641854) q[0];
rz(pi*0.035254467261) q[1];
rz(pi*-0.023665813362) q[2];
rz(pi*-0.08665202022) q[3];
rz(pi*0.156703958167) q[4];
rz(pi*-0.152852300658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.027041420916) q[0];
rz(pi*-0.056212001523) q[1];
rz(pi*0.079823054792) q[2];
rz(pi*0.161675377759) q[3];
rz(pi*-0.067544547044) q[4];
rz(pi*0.003023455273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.020118834464) q[0];
rz(pi*0.082747295935) q[1];
rz(pi*0.137314730202) q[2];
rz(pi*-0.002631379588) q[3];
rz(pi*0.08894278029) q[4];
rz(pi*-0.009722634952) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001918918673) q[0];
rz(pi*-0.036752574391) q[1];
rz(pi*-0.01522502764) q[2];
rz(pi*-0.02256904625) q[3];
rz(pi*0.051636761362) q[4];
rz(pi*0.001339524901) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
