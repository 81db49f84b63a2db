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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.499952544099) q[0];
ry(pi*0.253000053713) q[1];
ry(pi*-0.086393241428) q[2];
ry(pi*0.586701676328) q[3];
ry(pi*-0.01304473165) q[4];
ry(pi*-0.001654467177) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.13860763758) q[0];
ry(pi*0.25490421559) q[1];
ry(pi*0.210579646053) q[2];
ry(pi*0.110532590856) q[3];
ry(pi*-4.4984978e-05) q[4];
ry(pi*-0.082246937147) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047761677253) q[0];
ry(pi*0.014555848157) q[1];
ry(pi*0.010128166169) q[2];
ry(pi*0.013337466917) q[3];
ry(pi*-0.312112703768) q[4];
ry(pi*0.140261824019) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000204286282) q[0];
ry(pi*-0.501619110257) q[1];
ry(pi*0.003845898984) q[2];
ry(pi*0.493430662079) q[3];
ry(pi*0.476126757272) q[4];
ry(pi*0.00497361213) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002880581293) q[0];
ry(pi*-0.04926117888) q[1];
ry(pi*-0.37866067878) q[2];
ry(pi*0.007034641278) q[3];
ry(pi*-0.31092409907) q[4];
ry(pi*0.002710615415) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
