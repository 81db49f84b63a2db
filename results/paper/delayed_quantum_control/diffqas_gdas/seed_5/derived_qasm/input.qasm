// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.21818648465) q[0];
rx(pi*0.208797118462) q[1];
rx(pi*0.347494184088) q[2];
rx(pi*-0.093099092696) q[3];
rx(pi*0.00870599924) q[4];
rx(pi*-0.00416142734) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.397002658505) q[0];
rx(pi*0.468204231126) q[1];
rx(pi*0.237628105858) q[2];
rx(pi*-0.095230111717) q[3];
rx(pi*0.009370700562) q[4];
rx(pi*-0.00278908581) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.462967411253) q[0];
rx(pi*0.06525445102) q[1];
rx(pi*0.344699498352) q[2];
rx(pi*-0.092080986595) q[3];
rx(pi*0.011077478272) q[4];
rx(pi*-0.001445961719) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.425332879199) q[0];
rx(pi*0.041212507678) q[1];
rx(pi*0.221640549259) q[2];
rx(pi*-0.092395355538) q[3];
rx(pi*0.010114778524) q[4];
rx(pi*-0.004280734499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.218205191779) q[0];
rx(pi*0.207725993018) q[1];
rx(pi*0.346318746477) q[2];
rx(pi*-0.098753626068) q[3];
rx(pi*0.003844488479) q[4];
rx(pi*-0.002294622507) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
