// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
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
ry(pi*-0.235395241128) q[0];
ry(pi*0.175501350241) q[1];
ry(pi*-0.026829907981) q[2];
ry(pi*0.027985528557) q[3];
ry(pi*-0.432365583478) q[4];
ry(pi*0.025750173653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.233135947359) q[0];
ry(pi*0.358867587421) q[1];
ry(pi*-0.716601059875) q[2];
ry(pi*-0.44357885682) q[3];
ry(pi*0.571781052195) q[4];
ry(pi*-0.026714086471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.126196861321) q[0];
ry(pi*-0.112257147217) q[1];
ry(pi*0.279200981906) q[2];
ry(pi*-0.141536489101) q[3];
ry(pi*-0.253289255306) q[4];
ry(pi*-0.005293814007) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000202067711) q[0];
ry(pi*0.111921765956) q[1];
ry(pi*-0.395275265718) q[2];
ry(pi*-0.101772123822) q[3];
ry(pi*-0.068237355899) q[4];
ry(pi*0.065509397317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00068921137) q[0];
ry(pi*-0.110563630271) q[1];
ry(pi*0.20699429003) q[2];
ry(pi*-0.172043604919) q[3];
ry(pi*0.083712970847) q[4];
ry(pi*-0.000363753189) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
