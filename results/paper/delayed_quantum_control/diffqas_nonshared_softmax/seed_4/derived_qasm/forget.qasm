// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.023350519498) q[0];
ry(pi*-0.008068731918) q[1];
ry(pi*-0.15630311144) q[2];
ry(pi*0.003924457721) q[3];
ry(pi*-0.001123440943) q[4];
ry(pi*-3.6644616e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.037945955478) q[0];
ry(pi*0.98491745232) q[1];
ry(pi*0.010906621565) q[2];
ry(pi*0.006831913318) q[3];
ry(pi*0.002716213265) q[4];
ry(pi*0.000774582657) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.032067422731) q[0];
ry(pi*-0.486367335785) q[1];
ry(pi*-0.003648294556) q[2];
ry(pi*0.033201397773) q[3];
ry(pi*-0.522918751619) q[4];
ry(pi*0.150258308648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009762426733) q[0];
ry(pi*-0.007097539494) q[1];
ry(pi*0.657568797353) q[2];
ry(pi*0.49202827246) q[3];
ry(pi*0.469075345864) q[4];
ry(pi*-0.150026158107) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.617355830941) q[0];
ry(pi*-0.010345394644) q[1];
ry(pi*0.054097294322) q[2];
ry(pi*0.480546534738) q[3];
ry(pi*0.148263371659) q[4];
ry(pi*-0.005810641734) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
