// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.0807845557) q[0];
ry(pi*0.0370023435) q[1];
ry(pi*0.051919545423) q[2];
ry(pi*0.045929412603) q[3];
ry(pi*-0.051163168377) q[4];
ry(pi*-0.000848815756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.064630641305) q[0];
ry(pi*-0.015181519572) q[1];
ry(pi*-0.028732589984) q[2];
ry(pi*-0.003795600451) q[3];
ry(pi*-0.001780231296) q[4];
ry(pi*0.002676038472) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.072939808333) q[0];
ry(pi*0.0423770075) q[1];
ry(pi*0.005338708271) q[2];
ry(pi*-0.033893552068) q[3];
ry(pi*0.001492423459) q[4];
ry(pi*-0.003472672131) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.069803541991) q[0];
ry(pi*-0.016852716266) q[1];
ry(pi*-0.028384921497) q[2];
ry(pi*-0.02034234529) q[3];
ry(pi*-0.005903232893) q[4];
ry(pi*-0.00104268322) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078146632292) q[0];
ry(pi*0.048510887343) q[1];
ry(pi*0.053532418705) q[2];
ry(pi*0.043890221681) q[3];
ry(pi*0.017553560079) q[4];
ry(pi*-0.005564505906) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
