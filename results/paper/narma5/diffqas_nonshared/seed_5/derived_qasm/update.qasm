// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.00725519532) q[0];
rz(pi*0.000909938167) q[1];
rz(pi*0.005757848877) q[2];
rz(pi*0.002924368023) q[3];
rz(pi*0.003406416925) q[4];
rz(pi*0.002537641467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004864067635) q[0];
rz(pi*0.003961595392) q[1];
rz(pi*-0.003295182076) q[2];
rz(pi*0.001346801543) q[3];
rz(pi*-0.000388713358) q[4];
rz(pi*0.005153982485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003797122421) q[0];
rz(pi*0.005843586724) q[1];
rz(pi*0.001528310411) q[2];
rz(pi*-1.444386e-05) q[3];
rz(pi*0.002438202925) q[4];
rz(pi*0.007664554288) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001640433421) q[0];
rz(pi*0.000114162395) q[1];
rz(pi*-0.003970417424) q[2];
rz(pi*-0.002419920608) q[3];
rz(pi*-0.000293099381) q[4];
rz(pi*0.0021449465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001974295232) q[0];
rz(pi*-0.000335205541) q[1];
rz(pi*0.00040908668) q[2];
rz(pi*0.004900183446) q[3];
rz(pi*0.005899794675) q[4];
rz(pi*0.003826132345) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
