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
rx(pi*0.090974458004) q[0];
rx(pi*-0.048322070558) q[1];
rx(pi*0.00394216137) q[2];
rx(pi*0.000388629723) q[3];
rx(pi*-0.001035095233) q[4];
rx(pi*0.006158340458) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.124732108281) q[0];
rx(pi*-0.054038919921) q[1];
rx(pi*0.000671407892) q[2];
rx(pi*0.008184499474) q[3];
rx(pi*0.002376094598) q[4];
rx(pi*0.003323863535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.075670797811) q[0];
rx(pi*-0.052136119338) q[1];
rx(pi*0.004304460217) q[2];
rx(pi*-0.000362880739) q[3];
rx(pi*0.004672492687) q[4];
rx(pi*0.001896663788) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.12921487527) q[0];
rx(pi*-0.044909594212) q[1];
rx(pi*-0.001205639483) q[2];
rx(pi*-0.000437584859) q[3];
rx(pi*0.000871252809) q[4];
rx(pi*0.00111827917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081300775705) q[0];
rx(pi*-0.046329690148) q[1];
rx(pi*0.0011675093) q[2];
rx(pi*0.000490261655) q[3];
rx(pi*0.002521691316) q[4];
rx(pi*-0.000829427757) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
