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
rx(pi*-0.00529335629) q[0];
rx(pi*0.004804698054) q[1];
rx(pi*-0.004342982899) q[2];
rx(pi*-0.001506930644) q[3];
rx(pi*0.002811238865) q[4];
rx(pi*0.003552196699) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002691141372) q[0];
rx(pi*-0.000101864979) q[1];
rx(pi*-0.000823080335) q[2];
rx(pi*0.00376101669) q[3];
rx(pi*0.007972493841) q[4];
rx(pi*-0.005824712398) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002917064405) q[0];
rx(pi*-0.00909785407) q[1];
rx(pi*4.4773508e-05) q[2];
rx(pi*-0.003529368927) q[3];
rx(pi*0.006340156299) q[4];
rx(pi*0.000529568112) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00234521734) q[0];
rx(pi*-0.001589361749) q[1];
rx(pi*-0.001831222186) q[2];
rx(pi*0.000599414467) q[3];
rx(pi*-0.000503402803) q[4];
rx(pi*0.002087748854) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004902802575) q[0];
rx(pi*0.00223266359) q[1];
rx(pi*-0.003902487576) q[2];
rx(pi*-0.005168736761) q[3];
rx(pi*-0.00240457536) q[4];
rx(pi*0.003352488371) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
