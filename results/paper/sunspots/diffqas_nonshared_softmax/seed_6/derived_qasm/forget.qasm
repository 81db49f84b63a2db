// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.225922243068) q[0];
ry(pi*-0.330776005947) q[1];
ry(pi*-0.338889549717) q[2];
ry(pi*0.060130979085) q[3];
ry(pi*-0.017474837406) q[4];
ry(pi*0.027289963911) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.083142422379) q[0];
ry(pi*-0.268687821926) q[1];
ry(pi*0.286985898713) q[2];
ry(pi*0.044007582355) q[3];
ry(pi*-0.185693775921) q[4];
ry(pi*-0.003235018901) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.110810238046) q[0];
ry(pi*0.293271361324) q[1];
ry(pi*0.216596150993) q[2];
ry(pi*-0.123715842537) q[3];
ry(pi*-0.059146952782) q[4];
ry(pi*0.004232055765) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.036172617811) q[0];
ry(pi*-0.207817005289) q[1];
ry(pi*0.191518447409) q[2];
ry(pi*0.382697358525) q[3];
ry(pi*0.337464392801) q[4];
ry(pi*-0.139342414153) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.216010025898) q[0];
ry(pi*0.147156207481) q[1];
ry(pi*-0.011043968843) q[2];
ry(pi*-0.023334022693) q[3];
ry(pi*0.071929907946) q[4];
ry(pi*-0.001213120007) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
