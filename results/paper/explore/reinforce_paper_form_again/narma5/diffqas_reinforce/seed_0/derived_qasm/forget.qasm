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
rz(pi*0.030359911972) q[0];
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
rz(pi*-0.000924373093) q[0];
rz(pi*0.000454908237) q[1];
rz(pi*-0.001731473261) q[2];
rz(pi*-0.00042479115) q[3];
rz(pi*0.004131253556) q[4];
rz(pi*-0.003080666112) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.006132756894) q[0];
rz(pi*0.005982139365) q[1];
rz(pi*-0.005454045976) q[2];
rz(pi*-0.000448892135) q[3];
rz(pi*0.001090820268) q[4];
rz(pi*-0.002421928754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002358932562) q[0];
rz(pi*-0.000755718484) q[1];
rz(pi*0.002352876253) q[2];
rz(pi*-0.001627624741) q[3];
rz(pi*0.005814547748) q[4];
rz(pi*0.000923016986) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000326505869) q[0];
rz(pi*0.004613134964) q[1];
rz(pi*0.001993515811) q[2];
rz(pi*0.001175476075) q[3];
rz(pi*-0.001054053825) q[4];
rz(pi*0.005774095478) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002584108987) q[0];
rz(pi*-0.000647477921) q[1];
rz(pi*-0.005020380546) q[2];
rz(pi*0.001187141499) q[3];
rz(pi*-0.003640638163) q[4];
rz(pi*-0.005462025795) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
