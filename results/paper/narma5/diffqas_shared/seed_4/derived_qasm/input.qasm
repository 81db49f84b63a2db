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
ry(pi*0.092178990324) q[0];
ry(pi*0.022110024335) q[1];
ry(pi*-0.241366837573) q[2];
ry(pi*-0.04284059236) q[3];
ry(pi*-0.08529125681) q[4];
ry(pi*0.013755398604) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.160252516546) q[0];
ry(pi*0.005629083803) q[1];
ry(pi*-0.013483459839) q[2];
ry(pi*0.090506172646) q[3];
ry(pi*0.133182522672) q[4];
ry(pi*0.110774825412) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035251433993) q[0];
ry(pi*0.021296968577) q[1];
ry(pi*0.087479402774) q[2];
ry(pi*-0.082965586884) q[3];
ry(pi*0.140165138897) q[4];
ry(pi*0.032885290453) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.11450957285) q[0];
ry(pi*-0.094896874376) q[1];
ry(pi*0.036575731782) q[2];
ry(pi*0.038593540417) q[3];
ry(pi*-0.002646223688) q[4];
ry(pi*0.036846093436) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.11628642759) q[0];
ry(pi*0.183831543817) q[1];
ry(pi*-0.007618290429) q[2];
ry(pi*0.128205487147) q[3];
ry(pi*0.055452475001) q[4];
ry(pi*0.000539267262) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
