// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006496447866) q[0];
rx(pi*-0.008134931985) q[1];
rx(pi*0.001330852281) q[2];
rx(pi*-0.001807269981) q[3];
rx(pi*-0.001440829591) q[4];
rx(pi*-0.000686265628) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006429810833) q[0];
rx(pi*-0.000738260369) q[1];
rx(pi*-0.002754058264) q[2];
rx(pi*0.010577431348) q[3];
rx(pi*0.000718698725) q[4];
rx(pi*-0.001122457102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000895368135) q[0];
rx(pi*-0.002126459188) q[1];
rx(pi*-0.003358649475) q[2];
rx(pi*-0.001243961395) q[3];
rx(pi*0.001534078126) q[4];
rx(pi*-0.000759338944) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003048652268) q[0];
rx(pi*-0.00063598466) q[1];
rx(pi*7.7214419e-05) q[2];
rx(pi*0.004920494662) q[3];
rx(pi*0.001735121069) q[4];
rx(pi*-0.00160819309) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00058199011) q[0];
rx(pi*0.00172054985) q[1];
rx(pi*0.006159580802) q[2];
rx(pi*-0.000858229648) q[3];
rx(pi*-0.000775273829) q[4];
rx(pi*0.003190463478) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
