// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.094812445649) q[0];
rx(pi*-0.102701143386) q[1];
rx(pi*0.002955814167) q[2];
rx(pi*0.006031776223) q[3];
rx(pi*-0.011493688182) q[4];
rx(pi*-0.001513997252) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.094016633747) q[0];
rx(pi*-0.070226008164) q[1];
rx(pi*0.013701068955) q[2];
rx(pi*0.003762109698) q[3];
rx(pi*-0.008756622681) q[4];
rx(pi*0.001975083786) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.119723710804) q[0];
rx(pi*-0.06310353433) q[1];
rx(pi*-0.000287670377) q[2];
rx(pi*0.011557082061) q[3];
rx(pi*-0.009486559424) q[4];
rx(pi*0.00099063623) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.094467966955) q[0];
rx(pi*-0.100561264091) q[1];
rx(pi*0.017524064572) q[2];
rx(pi*0.00805300351) q[3];
rx(pi*-0.006500448151) q[4];
rx(pi*-0.002946886007) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099210774424) q[0];
rx(pi*-0.108584013777) q[1];
rx(pi*-0.001000081694) q[2];
rx(pi*0.012595096502) q[3];
rx(pi*8.5889369e-05) q[4];
rx(pi*-0.000664230338) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
