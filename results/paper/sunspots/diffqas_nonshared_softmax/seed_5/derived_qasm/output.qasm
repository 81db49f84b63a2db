// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.087757002532) q[0];
ry(pi*0.019941100136) q[1];
ry(pi*0.275880978733) q[2];
ry(pi*-0.02332812454) q[3];
ry(pi*0.027934828632) q[4];
ry(pi*-0.203007603476) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.150708626814) q[0];
ry(pi*0.357959475825) q[1];
ry(pi*0.044473586241) q[2];
ry(pi*0.511255330865) q[3];
ry(pi*0.140811654248) q[4];
ry(pi*-0.005035181068) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.270172363543) q[0];
ry(pi*-0.117410487) q[1];
ry(pi*0.080527958774) q[2];
ry(pi*-0.029322165747) q[3];
ry(pi*-0.101808304852) q[4];
ry(pi*-0.007158742021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.08451286189) q[0];
ry(pi*-0.107631230847) q[1];
ry(pi*-0.575447042396) q[2];
ry(pi*0.002389979537) q[3];
ry(pi*-0.531903979309) q[4];
ry(pi*0.072213906263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.065888363723) q[0];
ry(pi*0.111134321036) q[1];
ry(pi*0.002119468768) q[2];
ry(pi*-0.021042755102) q[3];
ry(pi*-0.920419444751) q[4];
ry(pi*0.006232350775) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
