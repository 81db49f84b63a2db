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
ry(pi*-0.017845101249) q[0];
ry(pi*0.470666931722) q[1];
ry(pi*-0.003053589036) q[2];
ry(pi*0.01803309272) q[3];
ry(pi*-0.005395799641) q[4];
ry(pi*-0.020598147733) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003918131495) q[0];
ry(pi*0.005560451074) q[1];
ry(pi*0.056576164443) q[2];
ry(pi*-0.508280366081) q[3];
ry(pi*0.016396143022) q[4];
ry(pi*0.066739063784) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.258926248374) q[0];
ry(pi*-0.09201831961) q[1];
ry(pi*0.002385172761) q[2];
ry(pi*0.004250388479) q[3];
ry(pi*0.002970918549) q[4];
ry(pi*-0.000704749383) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009815761499) q[0];
ry(pi*-0.236212928608) q[1];
ry(pi*0.312880075521) q[2];
ry(pi*-0.235924808461) q[3];
ry(pi*-0.519984578243) q[4];
ry(pi*0.28089638664) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017077146084) q[0];
ry(pi*-0.101808722252) q[1];
ry(pi*-0.028951331535) q[2];
ry(pi*-0.003034443459) q[3];
ry(pi*-0.037646231125) q[4];
ry(pi*-0.000216020648) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
