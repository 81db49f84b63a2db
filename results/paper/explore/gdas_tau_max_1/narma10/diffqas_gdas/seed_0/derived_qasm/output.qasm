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
rz(pi*0.030359911972) q[0];
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
rz(pi*0.002331386207) q[0];
rz(pi*0.00382402222) q[1];
rz(pi*-0.003348813587) q[2];
rz(pi*0.000451756501) q[3];
rz(pi*0.00605195789) q[4];
rz(pi*0.007017786363) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000239921308) q[0];
rz(pi*0.000942480654) q[1];
rz(pi*-0.003055733846) q[2];
rz(pi*-0.00065536636) q[3];
rz(pi*-0.002436522058) q[4];
rz(pi*0.00332877718) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001283794827) q[0];
rz(pi*-0.000290810238) q[1];
rz(pi*0.002528767854) q[2];
rz(pi*-0.000420175584) q[3];
rz(pi*0.003309396815) q[4];
rz(pi*-0.000535950885) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002383445055) q[0];
rz(pi*-0.003219788824) q[1];
rz(pi*-5.4547099e-05) q[2];
rz(pi*-0.004696754681) q[3];
rz(pi*-0.002746601382) q[4];
rz(pi*-0.002349333686) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00615262729) q[0];
rz(pi*-0.003369912172) q[1];
rz(pi*0.006169629836) q[2];
rz(pi*0.002101838194) q[3];
rz(pi*0.001470216302) q[4];
rz(pi*-0.002321075557) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
