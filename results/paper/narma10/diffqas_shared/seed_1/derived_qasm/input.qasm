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
rz(pi*-0.000250499059) q[0];
rz(pi*0.006560000642) q[1];
rz(pi*0.002882427875) q[2];
rz(pi*0.000966211041) q[3];
rz(pi*0.00208335518) q[4];
rz(pi*-0.003032584129) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005835623506) q[0];
rz(pi*-0.000900369825) q[1];
rz(pi*-0.006963128249) q[2];
rz(pi*0.002501627042) q[3];
rz(pi*0.002845854347) q[4];
rz(pi*-0.004180462045) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002769598427) q[0];
rz(pi*-0.005166021879) q[1];
rz(pi*-0.000523680742) q[2];
rz(pi*0.004285875224) q[3];
rz(pi*-0.000511519915) q[4];
rz(pi*0.004362961795) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002067441492) q[0];
rz(pi*0.004764281655) q[1];
rz(pi*-0.00270501134) q[2];
rz(pi*0.002940420154) q[3];
rz(pi*-0.002143715347) q[4];
rz(pi*-0.000948580318) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001168669972) q[0];
rz(pi*0.007602836533) q[1];
rz(pi*0.000649464279) q[2];
rz(pi*-0.007153440323) q[3];
rz(pi*-0.003089429742) q[4];
rz(pi*0.001514532935) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
