// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.060044283114) q[0];
ry(pi*0.085639188543) q[1];
ry(pi*0.307102095965) q[2];
ry(pi*-0.238861258567) q[3];
ry(pi*0.2096854984) q[4];
ry(pi*-0.036065841559) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.174748208049) q[0];
ry(pi*-0.051277787489) q[1];
ry(pi*-0.000352585763) q[2];
ry(pi*0.093416013473) q[3];
ry(pi*-0.174342912213) q[4];
ry(pi*0.414161232065) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.168832922718) q[0];
ry(pi*-0.071953922702) q[1];
ry(pi*-0.111675224586) q[2];
ry(pi*0.10911326806) q[3];
ry(pi*-0.016512515927) q[4];
ry(pi*0.009309202772) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.112186350409) q[0];
ry(pi*-0.156447664805) q[1];
ry(pi*-0.082754951439) q[2];
ry(pi*-0.118707065605) q[3];
ry(pi*0.360295059012) q[4];
ry(pi*-0.217401620023) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.301023246577) q[0];
ry(pi*0.278785725377) q[1];
ry(pi*0.049718597598) q[2];
ry(pi*0.0088822365) q[3];
ry(pi*0.317832607743) q[4];
ry(pi*0.003564541733) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
