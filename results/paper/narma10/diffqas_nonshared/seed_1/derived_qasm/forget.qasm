// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.001254147537) q[0];
rx(pi*0.000656169515) q[1];
rx(pi*-0.002995677688) q[2];
rx(pi*0.010010696402) q[3];
rx(pi*0.002801105935) q[4];
rx(pi*-0.003626487458) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00277288338) q[0];
rx(pi*0.001142093081) q[1];
rx(pi*-0.005202604894) q[2];
rx(pi*0.001386726281) q[3];
rx(pi*-0.001469591832) q[4];
rx(pi*0.00390334046) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002518558441) q[0];
rx(pi*-0.008782484908) q[1];
rx(pi*0.000104621261) q[2];
rx(pi*-0.004394104078) q[3];
rx(pi*0.003531242782) q[4];
rx(pi*0.000535097593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001469145528) q[0];
rx(pi*-0.003264932698) q[1];
rx(pi*0.0056991051) q[2];
rx(pi*0.007204280765) q[3];
rx(pi*-0.003397587779) q[4];
rx(pi*0.001186707423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002470049275) q[0];
rx(pi*6.9472695e-05) q[1];
rx(pi*-0.004056975249) q[2];
rx(pi*0.006813508567) q[3];
rx(pi*-0.00308583915) q[4];
rx(pi*-0.000942464053) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
