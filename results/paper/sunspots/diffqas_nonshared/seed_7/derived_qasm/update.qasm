// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
ry(pi*-0.005281822638) q[0];
ry(pi*0.245979397129) q[1];
ry(pi*-0.35954806399) q[2];
ry(pi*-0.337663341034) q[3];
ry(pi*0.226526506109) q[4];
ry(pi*-0.150449781617) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.469253499965) q[0];
ry(pi*0.083224024166) q[1];
ry(pi*0.072168362182) q[2];
ry(pi*-0.071462409957) q[3];
ry(pi*0.161419985603) q[4];
ry(pi*-0.164311014951) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.033605730743) q[0];
ry(pi*0.058227775332) q[1];
ry(pi*0.075104779086) q[2];
ry(pi*-0.120164903079) q[3];
ry(pi*0.023205532131) q[4];
ry(pi*-0.135962125073) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.046069085228) q[0];
ry(pi*-0.101209306748) q[1];
ry(pi*0.057140850332) q[2];
ry(pi*0.039198666719) q[3];
ry(pi*0.022044715394) q[4];
ry(pi*-0.071625774801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.04092767456) q[0];
ry(pi*0.355871335214) q[1];
ry(pi*-0.117679340321) q[2];
ry(pi*-0.107562777173) q[3];
ry(pi*-0.177199543969) q[4];
ry(pi*0.002605448289) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
