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
rx(pi*0.033888922718) q[0];
rx(pi*0.004972213779) q[1];
rx(pi*0.004527575876) q[2];
rx(pi*0.002432390594) q[3];
rx(pi*0.000408718379) q[4];
rx(pi*-0.000883528251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.036679021792) q[0];
rx(pi*0.004794789536) q[1];
rx(pi*-0.001713496435) q[2];
rx(pi*-0.001441624964) q[3];
rx(pi*0.000717710586) q[4];
rx(pi*-0.00209643437) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037472630483) q[0];
rx(pi*-0.003273571227) q[1];
rx(pi*0.000854676853) q[2];
rx(pi*0.002034853871) q[3];
rx(pi*0.001160780348) q[4];
rx(pi*0.000113323444) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.035999026656) q[0];
rx(pi*0.000769825685) q[1];
rx(pi*-0.001212048788) q[2];
rx(pi*-0.000209574713) q[3];
rx(pi*-0.000181768965) q[4];
rx(pi*0.000809958753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.038253259444) q[0];
rx(pi*-0.001409118422) q[1];
rx(pi*-0.003782975273) q[2];
rx(pi*-0.003033953725) q[3];
rx(pi*0.000660941383) q[4];
rx(pi*-0.003299564485) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
