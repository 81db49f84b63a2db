// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000613463008) q[0];
rx(pi*-0.002501231875) q[1];
rx(pi*-0.000267444243) q[2];
rx(pi*-0.001794978457) q[3];
rx(pi*0.000377973931) q[4];
rx(pi*-0.001774413184) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00176456114) q[0];
rx(pi*6.0359698e-05) q[1];
rx(pi*0.000869469074) q[2];
rx(pi*-0.002370249806) q[3];
rx(pi*0.004299223738) q[4];
rx(pi*-0.000189270315) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001108310251) q[0];
rx(pi*-0.003577974142) q[1];
rx(pi*0.002235631639) q[2];
rx(pi*-0.000431724651) q[3];
rx(pi*-0.002256245381) q[4];
rx(pi*0.005522400636) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001419185243) q[0];
rx(pi*0.009211414859) q[1];
rx(pi*0.002242162711) q[2];
rx(pi*-0.001577320427) q[3];
rx(pi*-0.004685246524) q[4];
rx(pi*0.002566335377) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002001876567) q[0];
rx(pi*0.000602456184) q[1];
rx(pi*-0.002005632726) q[2];
rx(pi*-0.000164449552) q[3];
rx(pi*0.005518064177) q[4];
rx(pi*0.002921127537) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
