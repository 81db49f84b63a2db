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
rz(pi*0.030359911972) q[0];
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
ry(pi*-0.058273879109) q[0];
ry(pi*-0.043059893608) q[1];
ry(pi*0.00162676074) q[2];
ry(pi*0.000429211874) q[3];
ry(pi*0.009568710829) q[4];
ry(pi*0.000350590327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.064143046433) q[0];
ry(pi*-0.014206855135) q[1];
ry(pi*0.002640612795) q[2];
ry(pi*-0.005828511098) q[3];
ry(pi*-0.003847024602) q[4];
ry(pi*0.001113500483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.065418090969) q[0];
ry(pi*-0.030752701437) q[1];
ry(pi*-0.001129622649) q[2];
ry(pi*-0.007819159652) q[3];
ry(pi*0.001249911723) q[4];
ry(pi*-0.0020992287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.065738616568) q[0];
ry(pi*-0.015400512512) q[1];
ry(pi*0.002435894327) q[2];
ry(pi*0.00055260918) q[3];
ry(pi*-0.005697274823) q[4];
ry(pi*0.000121337846) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.05721931213) q[0];
ry(pi*-0.026656893123) q[1];
ry(pi*-0.006175189444) q[2];
ry(pi*-0.000627734183) q[3];
ry(pi*-0.000467295997) q[4];
ry(pi*0.004540313111) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
