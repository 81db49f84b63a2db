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
rz(pi*-0.004651417818) q[0];
rz(pi*0.004192253312) q[1];
rz(pi*-0.001802411179) q[2];
rz(pi*-0.001134706531) q[3];
rz(pi*0.001344021443) q[4];
rz(pi*-6.2980763e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006162829292) q[0];
rz(pi*0.00066937514) q[1];
rz(pi*0.001228318809) q[2];
rz(pi*-0.006265330154) q[3];
rz(pi*-0.004023132314) q[4];
rz(pi*0.001780104416) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001949156193) q[0];
rz(pi*0.00513268439) q[1];
rz(pi*-0.002278848297) q[2];
rz(pi*0.006378414252) q[3];
rz(pi*0.00161834603) q[4];
rz(pi*0.000927535094) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001032276816) q[0];
rz(pi*0.000411511746) q[1];
rz(pi*0.001070574419) q[2];
rz(pi*-0.00069141421) q[3];
rz(pi*0.000613555871) q[4];
rz(pi*-0.004983935677) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002225013126) q[0];
rz(pi*0.007053815611) q[1];
rz(pi*0.005017456964) q[2];
rz(pi*0.005514781299) q[3];
rz(pi*0.006508592203) q[4];
rz(pi*-0.003542061102) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
