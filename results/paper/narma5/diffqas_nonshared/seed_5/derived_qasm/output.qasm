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
rx(pi*0.01594969411) q[0];
rx(pi*-0.006869862371) q[1];
rx(pi*0.001303188977) q[2];
rx(pi*-0.003539773996) q[3];
rx(pi*0.002793553596) q[4];
rx(pi*-0.001638647907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013430874498) q[0];
rx(pi*0.001746047593) q[1];
rx(pi*0.001222702653) q[2];
rx(pi*-0.000240559192) q[3];
rx(pi*0.003702010258) q[4];
rx(pi*0.001563624475) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.010758091038) q[0];
rx(pi*0.002582482964) q[1];
rx(pi*0.000606207192) q[2];
rx(pi*-0.000373829164) q[3];
rx(pi*0.001091337201) q[4];
rx(pi*0.004083058034) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005932814371) q[0];
rx(pi*0.000894917235) q[1];
rx(pi*-0.002740498679) q[2];
rx(pi*0.000612246455) q[3];
rx(pi*0.001271947531) q[4];
rx(pi*-0.00179775337) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013297377502) q[0];
rx(pi*0.000682751742) q[1];
rx(pi*-0.002514954211) q[2];
rx(pi*0.001777658858) q[3];
rx(pi*-8.3778262e-05) q[4];
rx(pi*-0.009556757405) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
