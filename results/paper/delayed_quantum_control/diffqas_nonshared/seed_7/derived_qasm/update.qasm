// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rz(pi*0.001701845241) q[0];
rz(pi*0.002651742979) q[1];
rz(pi*-0.004266119554) q[2];
rz(pi*-0.00170554463) q[3];
rz(pi*-0.000774311925) q[4];
rz(pi*-0.008343782806) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001121652984) q[0];
rz(pi*0.001053326413) q[1];
rz(pi*0.005848632882) q[2];
rz(pi*7.2753007e-05) q[3];
rz(pi*0.000647114474) q[4];
rz(pi*-4.602207e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004283173979) q[0];
rz(pi*-0.001937441707) q[1];
rz(pi*-0.003130539536) q[2];
rz(pi*0.000187679439) q[3];
rz(pi*-5.9106835e-05) q[4];
rz(pi*0.001996973742) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002449910741) q[0];
rz(pi*-0.00101628279) q[1];
rz(pi*-0.002781972809) q[2];
rz(pi*0.002211463619) q[3];
rz(pi*0.001914629942) q[4];
rz(pi*-0.000936824181) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001514486244) q[0];
rz(pi*0.001595196313) q[1];
rz(pi*-0.000792006977) q[2];
rz(pi*-0.002610673502) q[3];
rz(pi*0.002430253344) q[4];
rz(pi*-0.001594837313) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
