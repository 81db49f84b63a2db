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
rx(pi*-0.00166578783) q[0];
rx(pi*-0.009279811614) q[1];
rx(pi*-0.079669100431) q[2];
rx(pi*0.139983294597) q[3];
rx(pi*-0.041941668318) q[4];
rx(pi*-0.001777098125) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001927952961) q[0];
rx(pi*0.081207733351) q[1];
rx(pi*-0.086977924593) q[2];
rx(pi*0.138786645454) q[3];
rx(pi*-0.045525553952) q[4];
rx(pi*-0.002147465873) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002266832026) q[0];
rx(pi*-0.021758679878) q[1];
rx(pi*-0.085336117872) q[2];
rx(pi*0.137837524265) q[3];
rx(pi*-0.043474471861) q[4];
rx(pi*-0.002912407188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000277445753) q[0];
rx(pi*-0.030124167508) q[1];
rx(pi*-0.083829643759) q[2];
rx(pi*0.136601800748) q[3];
rx(pi*-0.040276904571) q[4];
rx(pi*0.00598729343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003018049226) q[0];
rx(pi*-0.019441367448) q[1];
rx(pi*-0.076861361445) q[2];
rx(pi*0.136447087477) q[3];
rx(pi*-0.047764565853) q[4];
rx(pi*0.00238634418) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
