// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001898665709) q[0];
rx(pi*-0.057675331607) q[1];
rx(pi*-0.041224830478) q[2];
rx(pi*0.010460166724) q[3];
rx(pi*-0.034689916552) q[4];
rx(pi*-0.048187183808) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.046605335712) q[0];
rx(pi*0.01146182108) q[1];
rx(pi*-0.062632682907) q[2];
rx(pi*-0.039543743054) q[3];
rx(pi*0.002398093499) q[4];
rx(pi*0.002655501955) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.052017947579) q[0];
rx(pi*-0.078037586425) q[1];
rx(pi*-0.004678883538) q[2];
rx(pi*-0.145609814708) q[3];
rx(pi*-0.01715939176) q[4];
rx(pi*-0.134925672326) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004795938573) q[0];
rx(pi*-0.038772733276) q[1];
rx(pi*-0.053841721924) q[2];
rx(pi*-0.037757394825) q[3];
rx(pi*-0.038725510107) q[4];
rx(pi*-0.035230879392) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.035566379233) q[0];
rx(pi*0.000200022712) q[1];
rx(pi*-0.005287121963) q[2];
rx(pi*0.001419053027) q[3];
rx(pi*0.001078536081) q[4];
rx(pi*0.002119465655) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
