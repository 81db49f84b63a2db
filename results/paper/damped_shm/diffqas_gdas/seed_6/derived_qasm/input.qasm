// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rx(pi*0.158522420143) q[0];
rx(pi*0.314365072483) q[1];
rx(pi*-0.250847766242) q[2];
rx(pi*-0.011420267206) q[3];
rx(pi*-0.028076268094) q[4];
rx(pi*0.00457777658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.062539744902) q[0];
rx(pi*0.133290174043) q[1];
rx(pi*-0.212308291041) q[2];
rx(pi*-0.0713126296) q[3];
rx(pi*-0.025630723605) q[4];
rx(pi*-0.001340842322) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.272864672331) q[0];
rx(pi*0.078490807422) q[1];
rx(pi*-0.079151817951) q[2];
rx(pi*0.013201473819) q[3];
rx(pi*-0.023072419333) q[4];
rx(pi*-0.002946026897) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.196143946379) q[0];
rx(pi*0.150106697421) q[1];
rx(pi*-0.1317896384) q[2];
rx(pi*-0.051262149202) q[3];
rx(pi*-0.024750193642) q[4];
rx(pi*-0.002436406888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.315575268168) q[0];
rx(pi*0.325737223615) q[1];
rx(pi*-0.247934481861) q[2];
rx(pi*-0.013472944194) q[3];
rx(pi*-0.022883965402) q[4];
rx(pi*-0.000381686883) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
