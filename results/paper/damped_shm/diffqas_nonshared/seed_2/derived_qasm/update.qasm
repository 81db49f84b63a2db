// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.158328812739) q[0];
rx(pi*-0.099908165198) q[1];
rx(pi*-0.107912852827) q[2];
rx(pi*-0.179835086297) q[3];
rx(pi*0.093273006387) q[4];
rx(pi*-0.000739372276) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081750012425) q[0];
rx(pi*0.017088418268) q[1];
rx(pi*-0.403849847257) q[2];
rx(pi*0.049865513069) q[3];
rx(pi*0.076135611157) q[4];
rx(pi*-0.00228857435) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.192754521921) q[0];
rx(pi*0.071846427856) q[1];
rx(pi*0.018494622595) q[2];
rx(pi*-0.177002075611) q[3];
rx(pi*0.07619794612) q[4];
rx(pi*0.001503595443) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.078409950314) q[0];
rx(pi*-0.005962444467) q[1];
rx(pi*-0.104870250198) q[2];
rx(pi*0.052788734427) q[3];
rx(pi*0.07916741355) q[4];
rx(pi*-0.003918821629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.151378298403) q[0];
rx(pi*0.017952925746) q[1];
rx(pi*-0.10369524896) q[2];
rx(pi*-0.179667196453) q[3];
rx(pi*0.074611468673) q[4];
rx(pi*0.000252936279) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
