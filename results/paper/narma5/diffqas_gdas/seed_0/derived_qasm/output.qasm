// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
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
ry(pi*1.3643322e-05) q[0];
ry(pi*-0.006312692654) q[1];
ry(pi*-0.040510677282) q[2];
ry(pi*-0.026166997805) q[3];
ry(pi*0.000996463383) q[4];
ry(pi*0.004694590009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000100225309) q[0];
ry(pi*0.028889973669) q[1];
ry(pi*-0.013858215481) q[2];
ry(pi*-0.003169093049) q[3];
ry(pi*0.000511111112) q[4];
ry(pi*0.0012984658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000333695317) q[0];
ry(pi*-0.015481711129) q[1];
ry(pi*-0.010235043214) q[2];
ry(pi*-0.006111108989) q[3];
ry(pi*-0.003754090747) q[4];
ry(pi*0.002528712418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000170029466) q[0];
ry(pi*0.011639851858) q[1];
ry(pi*0.00532598408) q[2];
ry(pi*0.015636225187) q[3];
ry(pi*-0.001789665939) q[4];
ry(pi*0.005102983739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-6.8692482e-05) q[0];
ry(pi*0.002057574774) q[1];
ry(pi*-0.039676326986) q[2];
ry(pi*-0.034705566697) q[3];
ry(pi*-0.000709575354) q[4];
ry(pi*-0.000848712518) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
