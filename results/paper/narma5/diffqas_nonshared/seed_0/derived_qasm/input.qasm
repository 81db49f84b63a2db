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
rx(pi*0.175949220923) q[0];
rx(pi*-0.000654928578) q[1];
rx(pi*-0.000506858437) q[2];
rx(pi*0.001721552886) q[3];
rx(pi*0.000683270232) q[4];
rx(pi*0.001131199685) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.17732218381) q[0];
rx(pi*-0.000401676896) q[1];
rx(pi*0.00249548669) q[2];
rx(pi*0.00475376512) q[3];
rx(pi*-0.004007721107) q[4];
rx(pi*0.004818984829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.183446416011) q[0];
rx(pi*0.002497911051) q[1];
rx(pi*0.000841759673) q[2];
rx(pi*-0.000999253192) q[3];
rx(pi*0.004641044468) q[4];
rx(pi*0.006239725838) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.185138785106) q[0];
rx(pi*0.004196992941) q[1];
rx(pi*0.001137566524) q[2];
rx(pi*-0.003846193655) q[3];
rx(pi*-1.4190418e-05) q[4];
rx(pi*0.002089637976) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.175061922432) q[0];
rx(pi*0.001268616332) q[1];
rx(pi*0.001368300927) q[2];
rx(pi*0.002215574036) q[3];
rx(pi*-0.003769163706) q[4];
rx(pi*-0.002106265811) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
