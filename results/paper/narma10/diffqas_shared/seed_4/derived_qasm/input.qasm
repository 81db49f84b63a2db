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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.117421310953) q[0];
ry(pi*0.017538098476) q[1];
ry(pi*-0.238293764711) q[2];
ry(pi*-0.039790604589) q[3];
ry(pi*-0.085430497805) q[4];
ry(pi*0.011956005425) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.166027612244) q[0];
ry(pi*0.008427083248) q[1];
ry(pi*-0.010016863731) q[2];
ry(pi*0.109726182674) q[3];
ry(pi*0.133231908734) q[4];
ry(pi*0.12980804874) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.048836360087) q[0];
ry(pi*0.031531442609) q[1];
ry(pi*0.100363065283) q[2];
ry(pi*-0.078311661995) q[3];
ry(pi*0.14224566195) q[4];
ry(pi*0.041277209491) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.122527218867) q[0];
ry(pi*-0.0992772075) q[1];
ry(pi*0.050139275589) q[2];
ry(pi*0.057684457499) q[3];
ry(pi*-0.004195336976) q[4];
ry(pi*0.041868964748) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.115941000259) q[0];
ry(pi*0.179574780199) q[1];
ry(pi*-0.022439678198) q[2];
ry(pi*0.13536440763) q[3];
ry(pi*0.074526745869) q[4];
ry(pi*0.00053927371) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
