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
rx(pi*-0.140256056304) q[0];
rx(pi*0.017961815664) q[1];
rx(pi*-0.04984530235) q[2];
rx(pi*-0.030919841857) q[3];
rx(pi*0.025955378149) q[4];
rx(pi*-0.079966023932) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.177334022805) q[0];
rx(pi*0.014077910413) q[1];
rx(pi*-0.080302183076) q[2];
rx(pi*-0.023978443927) q[3];
rx(pi*0.04695994111) q[4];
rx(pi*-0.052162761819) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.132637919436) q[0];
rx(pi*-0.025370270468) q[1];
rx(pi*0.054789135567) q[2];
rx(pi*0.171233715239) q[3];
rx(pi*-0.013344018444) q[4];
rx(pi*-0.075595608812) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.172870968501) q[0];
rx(pi*0.062380198324) q[1];
rx(pi*0.110391888959) q[2];
rx(pi*-0.040920488632) q[3];
rx(pi*0.054156560443) q[4];
rx(pi*-0.003067963857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.151519626401) q[0];
rx(pi*-0.015584070289) q[1];
rx(pi*0.014899809843) q[2];
rx(pi*0.001820301887) q[3];
rx(pi*0.031715418972) q[4];
rx(pi*0.001339536759) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
